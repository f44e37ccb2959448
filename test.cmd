@echo off
rem Runs every test on Windows (the same as ./test): unit tests, integration tests against the real
rem CLI, architecture and format checks, with a Java 25 JDK found by scripts\find-java25.cmd.
rem Extra arguments go to Maven.
setlocal EnableExtensions
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
call "%ROOT%\scripts\find-java25.cmd" || exit /b 1
set "JAVA_HOME=%RAE_JAVA_HOME%"
cd /d "%ROOT%"
call mvnw.cmd -B verify %*
exit /b %ERRORLEVEL%
