// Keeps Dear ImGui's input queue from falling ever further behind when input comes faster
// than frames. Its own file so that imgui_internal.h (where the queue lives) stays out of
// the app's public header.
#pragma once
#include <memory>

namespace dt::ui {

class InputBacklog {
 public:
  InputBacklog();
  ~InputBacklog();
  InputBacklog(const InputBacklog&) = delete;
  InputBacklog& operator=(const InputBacklog&) = delete;

  // Before NewFrame(): past a backlog, this frame takes all but the newest events at once.
  void bound();
  // After NewFrame(): the newest events set aside go back to the front of the queue.
  void restore();
  // Whether input is still waiting in the queue (frames must go on until it is handled).
  static bool pending();
  // How many events are queued now, and dropping the pointer positions queued after that
  // mark (a platform backend's stale mouse position while a finger owns the pointer).
  static int queued();
  static void drop_positions_since(int mark);

 private:
  struct Held;
  std::unique_ptr<Held> held_;
};

}  // namespace dt::ui
