var Himalayan_salt = "$hal$1te$TnnGdhednJsdQ5nfetwZ";
