# >>> Java sample 1

    PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\n"
     +   "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAplaRRGItayIi59+n\n"
      +   "FlVJfmQshKZo3MNry20h1xvoqks6Wndb0XLJ3s1A6Z2Qg+9xKHNT7QZTTGVatxrp\n"
        +   "CY1LcQIDAQABAkEAlXPKaercbBnryvLEqehPdGSFK1ppdZGQVOLlOOU2k2o5VpRP\n"
      +   "AvHzS6VZsimd5XPxEIKPkJhWDLhRckpwOX6LkQIhAND0WUcohqwBHxvUvAexRxbI\n"
    +   "FIizfZJfI9fC2dDepWvfAiEAy8npickbddF4NlWt+PVcPi9iSfe2h8LHZ/QLzNV5\n"
     +   "Mq8CIQDMdXvyS+5S2hoVgnimUkoMOaUWCgOiOOP6mFfHsERPIwIhAMovKCnQwhLR\n"
      +   "YQAfX3yaCguUPWL/hjQJdodXZIGz5gv3AiBQ5WKTpyu8osL4CCi4aS6G/fSlCdu0\n"
     +   "GeGaqMojMT7//g==\n"
      + "-----END RSA PRIVATE KEY-----\n";

# >>> Java sample 2

 = "\"-----BEGIN PRIVATE KEY-----\\n"
 +   "MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAxAIxg6QtxmnJ0Bsj\\n"
 +   "VRsEhjLB9lSY9CaFvvEbXK9eBezqR6x6epxm4w/bx1xAK1O9m4iyEN72+jhpZHZs\\n"
 +   "6RZsxQIDAQABAkBbzksyxWtLS7Fi79MUwZrU4GFI50bc1E5AqN2QA/OeAg+tdgRC\\n"
 +   "eTVV2eZEM750xZUCoqDwLsLeYrGFR7zy0VkBAiEA5ljPCFu3UIVOgZXhSr342mTX\\n"
 +   "vC9/t9XrGuHCQU8oOW0CIQDZ1mYBOniJmPD0h5j1wadmLkmmZRPUNyMTEHiBUEmB\\n"
 +   "uQIgSpG1dB882PRO1eSPaoLVbN34eRNnZTv7QFiVak8V1oECIGk3tKdtPaGAnQoP\\n"
 +   "oOM7eYbSXsKfWdeMFkX0E7CqPgcJAiEAlydP8ln92gy4LefZuIJn1/M5PEeRFKrq\\n"
 +   "aAjRMKT7uCM=\\n"
 +   "-----END RSA PRIVATE KEY-----\"";
