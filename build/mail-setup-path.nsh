; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
;
; Puts the `mail-setup` command (resources\bin\mail-setup.cmd) on the PATH of the user who
; installs the app: HKCU\Environment\Path, which a per-user install may change without
; admin rights. The uninstaller takes the entry out again (it also runs before an update
; installs, which then adds the entry back). Programs started afterwards see the change;
; an already open command window must be reopened.
;
; The user's PATH is only ever appended to or has our own entry removed. A PATH this
; installer cannot hold whole (NSIS strings: 8192 bytes in electron-builder's build) is
; left untouched, and the README's manual step applies.
!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "WordFunc.nsh"

!define MSA_CLI_DIR "$INSTDIR\resources\bin"
!define MSA_PATH_LIMIT 7900

!macro msaEnvironmentChanged
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

!macro msaSaveRegisters
  Push $R0
  Push $R1
  Push $R2
  Push $R3
!macroend

!macro msaRestoreRegisters
  Pop $R3
  Pop $R2
  Pop $R1
  Pop $R0
!macroend

; The installer's own code runs on after these macros: its registers are given back as found.
!macro customInstall
  !insertmacro msaSaveRegisters
  ClearErrors
  ReadRegStr $R0 HKCU "Environment" "Path"
  ; An error with text means a value that is not a string (NSIS reads a DWORD as text): leave it.
  ${If} ${Errors}
  ${AndIf} $R0 != ""
    DetailPrint "mail-setup: the user PATH is not text; not changed"
  ${Else}
    StrLen $R1 $R0
    ${If} $R1 > ${MSA_PATH_LIMIT}
      DetailPrint "mail-setup: the user PATH is too long to change safely; add ${MSA_CLI_DIR} by hand"
    ${Else}
      ${WordReplace} ";$R0;" ";${MSA_CLI_DIR};" ";" "+" $R2
      ${If} $R2 == ";$R0;"
        ${If} $R0 == ""
          StrCpy $R0 "${MSA_CLI_DIR}"
        ${Else}
          StrCpy $R3 $R0 1 -1
          ${If} $R3 == ";"
            StrCpy $R0 $R0 -1
          ${EndIf}
          StrCpy $R0 "$R0;${MSA_CLI_DIR}"
        ${EndIf}
        WriteRegExpandStr HKCU "Environment" "Path" $R0
        !insertmacro msaEnvironmentChanged
      ${EndIf}
    ${EndIf}
  ${EndIf}
  !insertmacro msaRestoreRegisters
!macroend

!macro customUnInstall
  !insertmacro msaSaveRegisters
  ClearErrors
  ReadRegStr $R0 HKCU "Environment" "Path"
  ${IfNot} ${Errors}
    StrLen $R1 $R0
    ${If} $R1 <= ${MSA_PATH_LIMIT}
      ${un.WordReplace} ";$R0;" ";${MSA_CLI_DIR};" ";" "+" $R2
      ${If} $R2 != ";$R0;"
        ; Drop the ';' added at each end for the search.
        StrCpy $R2 $R2 "" 1
        StrCpy $R2 $R2 -1
        ${If} $R2 == ""
          DeleteRegValue HKCU "Environment" "Path"
        ${Else}
          WriteRegExpandStr HKCU "Environment" "Path" $R2
        ${EndIf}
        !insertmacro msaEnvironmentChanged
      ${EndIf}
    ${EndIf}
  ${EndIf}
  !insertmacro msaRestoreRegisters
!macroend
