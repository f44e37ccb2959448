@echo off
rem The Rural Access Engine launcher for Windows (the same as ./rae): finds a Java 25 JDK, and in a
rem source checkout builds the engine jar when it is missing or older than the sources (with the
rem Maven wrapper, mvnw.cmd), then runs rae with the given arguments. In the distribution zip
rem (no engine\ folder) it runs the bundled lib\rae.jar and never builds.
rem RAE_JAVA_OPTS sets JVM options (default -Xmx4g).
setlocal EnableExtensions
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
call "%ROOT%\scripts\find-java25.cmd" || exit /b 1
set "JAVA_HOME=%RAE_JAVA_HOME%"

rem no parenthesised blocks below: a folder such as "rae (1)" would end them early
set "JAR=%ROOT%\lib\rae.jar"
if not exist "%ROOT%\engine\pom.xml" goto :run
set "JAR=%ROOT%\engine\target\rae.jar"
rem stale (exit 0): no jar, or a file under engine\src\main, engine\pom.xml or pom.xml newer
rem than it; fresh: exit 10 (any other exit, e.g. Java failing, builds to be safe)
"%JAVA_HOME%\bin\java.exe" "%ROOT%\scripts\StaleJar.java" "%JAR%" "%ROOT%\engine\src\main" "%ROOT%\engine\pom.xml" "%ROOT%\pom.xml"
if errorlevel 10 goto :run
echo rae: building the engine (first run or sources changed; takes a minute)... 1>&2
pushd "%ROOT%"
call mvnw.cmd -q -B -pl engine -am -DskipTests -Dspotless.check.skip=true -Dassembly.skipAssembly=true package > "%ROOT%\engine\target-build.log" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if "%BUILD%"=="0" goto :built
echo rae: the build failed; see %ROOT%\engine\target-build.log 1>&2
exit /b 1
:built
del "%ROOT%\engine\target-build.log"

:run
if exist "%JAR%" goto :launch
echo rae: %JAR% is missing; unpack the distribution zip again 1>&2
exit /b 1

:launch
if not defined RAE_JAVA_OPTS set "RAE_JAVA_OPTS=-Xmx4g"
rem protobuf (reading OSM) calls sun.misc.Unsafe; allow it so Java 24+ prints no warnings
"%JAVA_HOME%\bin\java.exe" %RAE_JAVA_OPTS% --sun-misc-unsafe-memory-access=allow -jar "%JAR%" %*
exit /b %ERRORLEVEL%
