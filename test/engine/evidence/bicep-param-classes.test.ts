/**
 * Issue 11: a Bicep parameter's default (`param adminPassword string = '…'`): the name, its type,
 * then the default. Azure's linter flags a secure parameter with a default for this reason. A
 * parameter with no default, or one that reads another parameter, stays quiet.
 */
import { describe, it } from 'vitest';
import { expectFound, expectQuiet } from '../../helpers/builtin-scan.js';

describe("a Bicep parameter's default", () => {
  it('a literal default under a credential name', () => {
    const text =
      "param location string = resourceGroup().location\n@secure()\nparam adminPassword string = 'Pv8kRm8xQp2tLn6w'\n";
    expectFound(text, 'infra/main.bicep', 'Pv8kRm8xQp2tLn6w', 'generic-secret-quoted');
  });

  it('leaves parameters without a literal default alone', () => {
    expectQuiet(
      '@secure()\nparam adminPassword string\nparam sqlPassword string = adminPassword\n',
      'infra/main.bicep',
    );
  });
});
