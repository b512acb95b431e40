gi_reo_gi_credential = "K2u6mFw8wJOsAf"
