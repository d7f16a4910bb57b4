@echo off
rem Runs the signsnet CLI from a clone on Windows, as scripts/signsnet does elsewhere: builds the project
rem with the Maven Wrapper (mvnw.cmd, so only a JDK 17+ is needed) when its sources changed since the last
rem build, then starts org.signsnet.Main with the given arguments.
rem   scripts\signsnet.cmd train
rem   scripts\signsnet.cmd --help
rem JVM options: JAVA_OPTIONS below, replaced as a whole by the environment variable SIGNSNET_JAVA_OPTS.
rem The JDK: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
setlocal
for %%I in ("%~dp0..") do set "ROOT=%%~fI"
set "JAVA_OPTIONS=-Xmx1g -XX:+UseSerialGC --add-modules jdk.incubator.vector -Dorg.bytedeco.javacpp.maxPhysicalBytes=0"
if defined SIGNSNET_JAVA_OPTS set "JAVA_OPTIONS=%SIGNSNET_JAVA_OPTS%"
rem ND4J's OpenMP threads sleep between operations instead of spinning (unless set already).
if not defined OMP_WAIT_POLICY set "OMP_WAIT_POLICY=PASSIVE"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "STAMP=%ROOT%\target\.signsnet-built"
set "ARGFILE=%ROOT%\target\signsnet-classpath.argfile"

set "NEEDS_BUILD="
if not exist "%STAMP%" set "NEEDS_BUILD=1"
if not exist "%ARGFILE%" set "NEEDS_BUILD=1"
if not defined NEEDS_BUILD (
  powershell -NoProfile -ExecutionPolicy Bypass -Command "$s = (Get-Item -LiteralPath '%STAMP%').LastWriteTimeUtc; $newer = Get-ChildItem -Recurse -File -LiteralPath '%ROOT%\src\main','%ROOT%\pom.xml' | Where-Object { $_.LastWriteTimeUtc -gt $s } | Select-Object -First 1; if ($newer) { exit 1 }"
  if errorlevel 1 set "NEEDS_BUILD=1"
)

if defined NEEDS_BUILD (
  echo signsnet: building ^(first run or sources changed^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -Dstyle.color=never -DskipTests -Dmdep.outputFile=target/classpath-windows.txt -Dmdep.fileSeparator=/ compile dependency:build-classpath 1>&2
  if errorlevel 1 (
    popd
    exit /b 1
  )
  popd
  rem The class path is longer than a cmd variable may be: java reads it from an argument file, with
  rem forward slashes (no escapes needed) and quoted (paths may hold spaces).
  powershell -NoProfile -ExecutionPolicy Bypass -Command "$root = '%ROOT%'.Replace('\', '/'); $cp = (Get-Content -Raw -LiteralPath '%ROOT%\target\classpath-windows.txt').Trim(); [IO.File]::WriteAllText('%ARGFILE%', '-cp ' + [char]34 + $root + '/target/classes;' + $cp + [char]34)"
  if errorlevel 1 exit /b 1
  type nul > "%STAMP%"
)

"%JAVA%" %JAVA_OPTIONS% @"%ARGFILE%" org.signsnet.Main %*
exit /b %ERRORLEVEL%
