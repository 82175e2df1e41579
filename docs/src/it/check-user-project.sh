#!/usr/bin/env bash
# Builds the user project of README.md (user-project/pom.xml beside this script, with the README's
# QuickStart.java as its only source) against the library modules as a user gets them, and leaves
# in OUT what UserProjectTest checks:
#   cpu.classpath  its runtime classpath (CPU native runtime)
#   cpu.run.txt    what QuickStart printed training 3 steps
#   gpu.tree       its resolved dependencies under -Pgpu (the graph only: the CUDA jar itself is not
#                  needed, and not fetched, to show which native jar the profile picks)
# The ganlab artifacts go into a throwaway local repository under OUT; everything else is copied
# from the build's own local repository through a file:// mirror, so nothing needs the network and
# nothing is installed into the real local repository.
#
# Usage: check-user-project.sh ROOT LOCAL_REPO VERSION OUT JAVA
set -euo pipefail
root=$1 m2=$2 version=$3 out=$4 java=$5
repo="$out/repo"
project="$out/project"
fail() {
  echo "user project: $*" >&2
  exit 1
}

mkdir -p "$out"
rm -f "$out/cpu.classpath" "$out/cpu.run.txt" "$out/gpu.tree"

# 'Install' by the repository layout: group/artifact/version/artifact-version[-classifier].ext.
put() { # artifactId file extension [classifier]
  local dir="$repo/org/ganlab/$1/$version"
  mkdir -p "$dir"
  cp "$2" "$dir/$1-$version${4:+-$4}.$3"
}
put ganlab-parent "$root/pom.xml" pom
for m in core losses models metrics; do
  jar="$root/$m/target/ganlab-$m-$version.jar"
  [[ -f "$jar" ]] || fail "$jar is missing: package the library modules first"
  put "ganlab-$m" "$root/$m/pom.xml" pom
  put "ganlab-$m" "$jar" jar
done
put ganlab-core "$root/core/target/ganlab-core-$version-fashion-mnist.jar" jar fashion-mnist

cat >"$out/settings.xml" <<EOF
<settings>
  <mirrors>
    <mirror><id>build-local-repository</id><mirrorOf>*</mirrorOf><url>file://$m2</url></mirror>
  </mirrors>
</settings>
EOF

rm -rf "$project"
mkdir -p "$project/src/main/java/org/ganlab/docs/examples"
cp "$(dirname "$0")/user-project/pom.xml" "$project/"
cp "$root/docs/src/main/java/org/ganlab/docs/examples/QuickStart.java" \
  "$project/src/main/java/org/ganlab/docs/examples/"
mvn_user() {
  mvn -B -q -Dstyle.color=never -s "$out/settings.xml" -Dmaven.repo.local="$repo" \
    -f "$project/pom.xml" "$@"
}
dep=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# CPU: compile, runtime classpath, a few training steps.
mvn_user compile "$dep:build-classpath" -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$out/cpu.classpath"
TF_CPP_MIN_LOG_LEVEL=1 "$java" -cp "$project/target/classes:$(cat "$out/cpu.classpath")" \
  org.ganlab.docs.examples.QuickStart 3 >"$out/cpu.run.txt"

# GPU: the profile swaps the native runtime.
mvn_user -Pgpu "$dep:tree" -DoutputFile="$out/gpu.tree"
