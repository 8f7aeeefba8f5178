# Shared by scripts/pilothouse and scripts/app (sourced, not run): find a JDK, build a module's
# jar when it is missing or older than its sources, and print its runtime class path.
# Expects ROOT (the checkout). All messages go to stderr, so a command's stdout stays its own.

launch_die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

find_java() {
  local j
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then j=$JAVA_HOME/bin/java
  elif command -v java >/dev/null 2>&1; then j=$(command -v java)
  else launch_die "no Java found: install a JDK 17 or newer (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk) or set JAVA_HOME"; fi
  local major
  major=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  [ -n "$major" ] && [ "$major" -ge 17 ] || launch_die "$j is Java ${major:-of unknown version}; Pilothouse needs 17 or newer"
  printf '%s\n' "$j"
}

# module_jar DIR ARTIFACT -> the module's main jar (not -tests/-sources), empty when there is none
module_jar() {
  local f
  for f in "$ROOT/$1/target/$2"-*.jar; do
    case $f in *-tests.jar|*-sources.jar|*-javadoc.jar) continue ;; esac
    [ -f "$f" ] && { printf '%s\n' "$f"; return 0; }
  done
  return 0
}

# ensure_built DIR ARTIFACT SOURCE_DIR... : (re)build DIR and what it depends on when its jar or
# target/classpath.txt is missing or a source (a file under SOURCE_DIR/src, ui-fxml, a pom.xml)
# is newer than the last build
ensure_built() {
  local dir=$1 artifact=$2; shift 2
  local target=$ROOT/$dir/target stamp=$ROOT/$dir/target/.launcher-built jar reason=""
  jar=$(module_jar "$dir" "$artifact")
  if [ -z "$jar" ] || [ ! -s "$target/classpath.txt" ] || [ ! -e "$stamp" ]; then
    reason="no build yet"
  else
    local src=() d newer
    for d in "$@"; do [ -d "$ROOT/$d/src/main" ] && src+=("$ROOT/$d/src/main"); [ -f "$ROOT/$d/pom.xml" ] && src+=("$ROOT/$d/pom.xml"); done
    src+=("$ROOT/pom.xml")
    [ "$dir" = app/desktop ] && [ -d "$ROOT/ui-fxml" ] && src+=("$ROOT/ui-fxml")
    newer=$(find "${src[@]}" -newer "$stamp" -type f -print -quit 2>/dev/null || true)
    [ -n "$newer" ] && reason="${newer#"$ROOT/"} changed"
  fi
  [ -z "$reason" ] && return 0
  printf '%s: building %s (%s): ./mvnw -B -q -DskipTests install -pl %s -am\n' "$(basename "$0")" "$dir" "$reason" "$dir" >&2
  mkdir -p "$target"
  # the build's own output goes to stderr; one build at a time per checkout
  if ! ( cd "$ROOT" && flock 8 && touch "$stamp.next" && ./mvnw -B -q -DskipTests install -pl "$dir" -am 1>&2 ) 8>"$ROOT/.launcher-build.lock"; then
    rm -f "$stamp.next"
    launch_die "the build of $dir failed (see the Maven output above)"
  fi
  # the stamp takes the time the build started, so edits made during the build count next time
  mv -f "$stamp.next" "$stamp"
  [ -n "$(module_jar "$dir" "$artifact")" ] && [ -s "$target/classpath.txt" ] \
    || launch_die "the build of $dir made no jar or no target/classpath.txt"
}

# module_classpath DIR ARTIFACT -> the module's jar + its runtime dependencies
module_classpath() {
  local jar cp
  jar=$(module_jar "$1" "$2")
  cp=$(tr -d '\n' <"$ROOT/$1/target/classpath.txt")
  printf '%s%s\n' "$jar" "${cp:+:$cp}"
}
