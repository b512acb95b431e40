/**
 * Issue 11: an environment variable or a PowerShell variable set by a command rather than an
 * operator. Windows `setx NAME value`, csh's and launchctl's `setenv NAME value`, Apache's
 * `SetEnv NAME value`, fish's `set -gx NAME value` (and Tcl's `set name value`) take the name and
 * the value as arguments; PowerShell's `Set-Variable`/`New-Variable`/`Set-Item Env:` as
 * parameters. Each case is a real shape with made-up values; each class has look-alikes that stay
 * quiet: references, command substitutions, file paths, flags and stand-ins.
 */
import { describe, it } from 'vitest';
import { expectFound, expectQuiet } from '../../helpers/builtin-scan.js';

describe('a command that sets an environment variable', () => {
  it.each([
    [
      'setx with a quoted value',
      'scripts/setup.cmd',
      '@echo off\nsetx API_KEY "Gz3kRm7xQp9tLn5v"\necho done\n',
      'Gz3kRm7xQp9tLn5v',
    ],
    [
      "setx for the machine's environment",
      'scripts/setup.bat',
      'setx DB_PASSWORD Fz3kRm7xQp9tLn5v /M\n',
      'Fz3kRm7xQp9tLn5v',
    ],
    [
      'csh setenv',
      'home/.cshrc',
      'setenv PATH /usr/local/bin:$PATH\nsetenv DB_PASSWORD Mx4kRm8xQp2tLn6w\n',
      'Mx4kRm8xQp2tLn6w',
    ],
    [
      'fish set -gx',
      'home/.config/fish/config.fish',
      'set -gx EDITOR vim\nset -gx API_SECRET Nx4kRm8xQp2tLn6w\n',
      'Nx4kRm8xQp2tLn6w',
    ],
    [
      'Apache SetEnv',
      'deploy/vhost.conf',
      '<VirtualHost *:80>\n  ServerName app.internal\n  SetEnv DB_PASSWORD Yw4kRm8xQp2tLn6w\n</VirtualHost>\n',
      'Yw4kRm8xQp2tLn6w',
    ],
    [
      'launchctl setenv',
      'scripts/mac-env.sh',
      'launchctl setenv GITHUB_TOKEN_SECRET Lx4kRm8xQp2tLn6w\n',
      'Lx4kRm8xQp2tLn6w',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret, 'env-command-secret');
  });

  it('leaves references, paths, flags and sentences alone', () => {
    expectQuiet('setx DB_PASSWORD %DB_PASSWORD%\nsetx TOKEN_PATH C:\\tokens\\app.txt\n', 'setup.cmd');
    expectQuiet('set -gx API_TOKEN $API_TOKEN\nset -e API_SECRET\n', 'config.fish');
    expectQuiet('setenv PASSWORD_FILE /run/secrets/db_password\n', '.cshrc');
    expectQuiet('set the password to something long\necho setx API_KEY Gz3kRm7xQp9tLn5v later\n', 'notes.txt');
  });
});

describe('a PowerShell variable cmdlet', () => {
  it.each([
    [
      'Set-Variable with named parameters',
      'deploy.ps1',
      'Set-Variable -Name "ApiKey" -Value "Nz5kRm9xQp3tLw7v"\n',
      'Nz5kRm9xQp3tLw7v',
    ],
    [
      'Set-Variable with a scope after the value',
      'deploy.ps1',
      "Set-Variable -Name ApiKey -Value 'Mz5kRm9xQp3tLw7v' -Scope Global\n",
      'Mz5kRm9xQp3tLw7v',
    ],
    [
      'New-Variable',
      'profile.ps1',
      'New-Variable -Name dbPassword -Value "Gz5kRm9xQp3tLw7v" -Option ReadOnly\n',
      'Gz5kRm9xQp3tLw7v',
    ],
    [
      'Set-Item on the Env: drive',
      'ci/env.ps1',
      'Set-Item -Path Env:API_TOKEN -Value "Hz5kRm9xQp3tLw7v"\n',
      'Hz5kRm9xQp3tLw7v',
    ],
    ['the sv alias, positional', 'ci/env.ps1', "sv clientSecret 'Jz5kRm9xQp3tLw7v'\n", 'Jz5kRm9xQp3tLw7v'],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret, 'powershell-variable-secret');
  });

  it('leaves variables, command results, settings and stand-ins alone', () => {
    expectQuiet(
      'Set-Variable -Name ApiKey -Value $env:API_KEY\n' +
        'Set-Variable -Name ApiKey -Value (Get-Secret -Name ApiKey -AsPlainText)\n' +
        'Set-Variable -Name PasswordPolicy -Value Strict\n' +
        'Set-Item -Path Env:API_TOKEN -Value "changeme"\n',
      'deploy.ps1',
    );
  });
});
