# Shared helpers for the toolchain scripts: cache location, pinned versions, stage timing.
# Sourced, never run. Every script is idempotent: a stage that finds its output skips itself.

set -euo pipefail

DT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Third-party sources and their builds live outside the work tree, keyed by version, so a
# fresh clone (CI) reuses them and nothing third-party is ever committed.
DT_CACHE=${DATATRAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/datatrail}

# Pins. ImGui: the Debian source package the project was written against.
# ICU: 72.1 is bookworm's own ICU (the OS of these machines), so the native tools and the
# system's libicu agree, and its data-subsetting recipe was verified on this machine kind.
IMGUI_PKG_VERSION=1.90.1+ds-1
ICU_PKG_VERSION=72.1-3+deb12u1
ICU_MAJOR=72

export NODE_PATH=/usr/share/nodejs   # Emscripten 3.1.6's JS optimizer needs Debian's acorn.
export EM_CACHE=${EM_CACHE:-/usr/share/emscripten/cache}

JOBS=${JOBS:-$(nproc)}

dt_log() { printf '\033[1m[datatrail]\033[0m %s\n' "$*" >&2; }
dt_die() { printf '\033[31m[datatrail] error:\033[0m %s\n' "$*" >&2; exit 1; }

# dt_stage NAME CMD...: run a stage and print how long it took (CI reads these).
dt_stage() {
  local name=$1; shift
  local t0=$SECONDS
  dt_log "stage '$name' ..."
  "$@"
  dt_log "stage '$name' done in $((SECONDS - t0)) s"
}

dt_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
