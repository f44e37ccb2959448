@echo off
rem Finds a Java 25 (or newer) JDK for rae.cmd and test.cmd on Windows: the same search as
rem scripts/find-java25.sh, in the same order: %JAVA_HOME%, the javac on PATH, then the usual
rem install folders of the JDK vendors (machine-wide under Program Files, per-user under
rem %LOCALAPPDATA%\Programs, IntelliJ's %USERPROFILE%\.jdks, Scoop). A folder counts when it has
rem bin\java.exe and bin\javac.exe and its java reports java.specification.version 25 or more.
rem On success sets RAE_JAVA_HOME in the caller's environment and exits 0; otherwise says what to
rem install and exits 1. Use: call "%~dp0scripts\find-java25.cmd" || exit /b 1
setlocal EnableExtensions
set "FOUND="

if defined JAVA_HOME call :try "%JAVA_HOME%"
if defined FOUND goto :found

for /f "delims=" %%j in ('where javac.exe 2^>nul') do (
  if not defined FOUND call :try "%%~dpj.."
)
if defined FOUND goto :found

rem Eclipse Adoptium (Temurin), Microsoft, Azul Zulu, Amazon Corretto, Oracle, BellSoft Liberica,
rem SapMachine, Red Hat: each vendor's own folder under Program Files
for %%v in ("Eclipse Adoptium" "Microsoft" "Zulu" "Amazon Corretto" "Java" "BellSoft" "SapMachine\JDK" "RedHat") do (
  for /d %%d in ("%ProgramFiles%\%%~v\*") do if not defined FOUND call :try "%%~fd"
  for /d %%d in ("%LOCALAPPDATA%\Programs\%%~v\*") do if not defined FOUND call :try "%%~fd"
)
for /d %%d in ("%USERPROFILE%\.jdks\*") do if not defined FOUND call :try "%%~fd"
for /d %%d in ("%USERPROFILE%\scoop\apps\temurin*-jdk" "%USERPROFILE%\scoop\apps\openjdk*") do (
  if not defined FOUND call :try "%%~fd\current"
)
if defined FOUND goto :found

echo rae: no Java 25 JDK found. 1>&2
echo   Looked at %%JAVA_HOME%%, the javac on PATH, and the JDK folders of Eclipse Adoptium, 1>&2
echo   Microsoft, Zulu, Amazon Corretto, Oracle, BellSoft, SapMachine and Red Hat under 1>&2
echo   "%ProgramFiles%" and "%LOCALAPPDATA%\Programs", %%USERPROFILE%%\.jdks and Scoop. 1>&2
echo   Install a Java 25 JDK (for example Eclipse Temurin 25 from adoptium.net, "JDK" .msi) and 1>&2
echo   set JAVA_HOME to it. 1>&2
endlocal
exit /b 1

:found
endlocal & set "RAE_JAVA_HOME=%FOUND%"
exit /b 0

rem :try FOLDER - sets FOUND to FOLDER when it is a JDK of Java 25 or newer
:try
set "CANDIDATE=%~f1"
if "%CANDIDATE:~-1%"=="\" set "CANDIDATE=%CANDIDATE:~0,-1%"
if not exist "%CANDIDATE%\bin\java.exe" exit /b 0
if not exist "%CANDIDATE%\bin\javac.exe" exit /b 0
set "SPEC="
rem the extra outer quotes survive cmd /c's quote stripping, so paths with spaces work
for /f "usebackq tokens=2 delims==" %%s in (`""%CANDIDATE%\bin\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""`) do set "SPEC=%%s"
if not defined SPEC exit /b 0
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%SPEC%") do set "MAJOR=%%m"
if %MAJOR% GEQ 25 set "FOUND=%CANDIDATE%"
exit /b 0
