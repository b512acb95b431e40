body{color: test;}
