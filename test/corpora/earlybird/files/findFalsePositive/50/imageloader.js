  USE_CREDENTIALS: 'use-credentials'
