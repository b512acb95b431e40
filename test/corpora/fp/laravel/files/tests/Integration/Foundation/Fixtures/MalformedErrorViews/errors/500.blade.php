My custom 500
<?php $bar();
