#include "ui/input/input_backlog.h"

#include <imgui.h>
#include <imgui_internal.h>  // the input queue

namespace dt::ui {

namespace {
// Dear ImGui spreads a press and its release over two frames (trickling) so quick taps are
// never lost. When input comes faster than frames (a slow phone, a hand dragging and tapping
// at once) the queue would fall ever further behind and every touch would act late. Past
// this backlog, one frame takes all but the newest events at once (untrickled), and the
// newest, set aside here and put back after NewFrame(), keep their one-change-per-frame
// care: the lag stays bounded and the latest taps and keys still act.
constexpr int kMaxInputBacklog = 48;
constexpr int kTrickledTail = 16;
}  // namespace

struct InputBacklog::Held {
  ImVector<ImGuiInputEvent> events;
};

InputBacklog::InputBacklog() : held_(std::make_unique<Held>()) {}
InputBacklog::~InputBacklog() = default;

void InputBacklog::bound() {
  auto& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  const bool overloaded = queue.Size > kMaxInputBacklog;
  ImGui::GetIO().ConfigInputTrickleEventQueue = !overloaded;
  if (!overloaded) return;
  held_->events.clear();
  for (int i = queue.Size - kTrickledTail; i < queue.Size; ++i) held_->events.push_back(queue[i]);
  queue.resize(queue.Size - kTrickledTail);
}

void InputBacklog::restore() {
  auto& held = held_->events;
  if (held.empty()) return;
  auto& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  // Older than anything queued since NewFrame(): they go first.
  for (int i = 0; i < held.Size; ++i) queue.insert(queue.begin() + i, held[i]);
  held.clear();
  ImGui::GetIO().ConfigInputTrickleEventQueue = true;
}

bool InputBacklog::pending() { return !ImGui::GetCurrentContext()->InputEventsQueue.empty(); }

int InputBacklog::queued() { return ImGui::GetCurrentContext()->InputEventsQueue.Size; }

void InputBacklog::drop_positions_since(int mark) {
  auto& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  for (int i = queue.Size - 1; i >= mark && i >= 0; --i)
    if (queue[i].Type == ImGuiInputEventType_MousePos) queue.erase(queue.begin() + i);
}

}  // namespace dt::ui
