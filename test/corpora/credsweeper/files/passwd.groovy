gi_reo_gi_passwd = "cAc48k1Zd7"; password_confirmation = "cAc48k1Zd7";
mypw: KrAcMe12345,
masked_password = *****1*****2;
