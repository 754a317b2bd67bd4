@echo off
:: mail-setup: Mail Setup Assistant's command line, for cmd, PowerShell and helpdesk scripts.
::
:: Installed as resources\bin\mail-setup.cmd next to "Mail Setup Assistant.exe". It runs the
:: app's own binary in its window-less CLI mode (--cli --) and exits with the command's
:: code (0 ok, 1 a check failed, 2 usage error); the runAsNode fuse stays off.
::
:: The app is a GUI program, which has no console of its own. So the launcher gives it files
:: for stdout and stderr, waits for it (cmd waits for programs started from a script), then
:: copies the files to its own stdout and stderr: that works in a console window, when
:: redirected (> out.json), piped, and in PowerShell. Standard input is passed through, for
:: --password-stdin and for piping an error into explain. Output appears when the command
:: ends (every command prints its result at the end anyway).
setlocal EnableExtensions DisableDelayedExpansion

set "MSA_APP=%~dp0..\..\Mail Setup Assistant.exe"
if not exist "%MSA_APP%" (
  echo mail-setup: Mail Setup Assistant is not where this script expects it: "%MSA_APP%" 1>&2
  exit /b 69
)

:pick
set "MSA_OUT=%TEMP%\mail-setup-%RANDOM%%RANDOM%"
if exist "%MSA_OUT%.out" goto pick

:: Electron must not attach to this console: its output belongs in the files.
set "ELECTRON_NO_ATTACH_CONSOLE=1"
"%MSA_APP%" --cli -- %* 1>"%MSA_OUT%.out" 2>"%MSA_OUT%.err"
set "MSA_CODE=%ERRORLEVEL%"

:: The files are UTF-8; show them in UTF-8, then give the console back its code page.
set "MSA_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "MSA_CP=%%c"
if defined MSA_CP set "MSA_CP=%MSA_CP: =%"
if defined MSA_CP set "MSA_CP=%MSA_CP:.=%"
chcp 65001 >nul 2>&1
type "%MSA_OUT%.out"
type "%MSA_OUT%.err" 1>&2
if defined MSA_CP chcp %MSA_CP% >nul 2>&1
del "%MSA_OUT%.out" "%MSA_OUT%.err" >nul 2>&1

exit /b %MSA_CODE%
