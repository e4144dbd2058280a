; Studio Desk's Windows installer, made from the bundle that `python -m shipping.build` leaves in
; dist\studio-desk on Windows (studio-desk.exe for the desk, studio-desk-cli.exe for the commands,
; _internal\ for the rest).
;
; UNTESTED: a starting point. Nobody has compiled it with Inno Setup 6 or run the installer it
; makes; the bundle itself has only been built and tested on Linux. To try it on Windows:
;   py -m venv .venv && .venv\Scripts\pip install -e .[bundle] && .venv\Scripts\python -m shipping.build
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 shipping\windows\studio-desk.iss
; which writes dist\studio-desk-0.1.0-setup.exe. Unsigned: Windows SmartScreen warns about it until
; it is signed with a code-signing certificate (signtool, or Inno Setup's SignTool directive).
;
; Per user by default (no administrator needed, as for a receptionist's PC), or for all users when
; the person installing chooses so. Uninstalling keeps the studio's database and the desk's
; settings (in the user's AppData): they are the studio's, not the program's.

; The version: keep in step with studio_desk/__init__.py, or pass /DAppVersion= to ISCC.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Studio Desk"
#define BundleDir "..\..\dist\studio-desk"

[Setup]
; The installer's identity across versions: never change it once an installer has been shipped.
AppId={{B800E39C-1DE3-490E-A316-E8B8C9245F23}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=studio-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\studio-desk.exe
; A desk that is open keeps its files in use: the installer asks to close it first.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no official Indonesian; its unofficial Indonesian.isl can be added here.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\studio-desk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\studio-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\studio-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
