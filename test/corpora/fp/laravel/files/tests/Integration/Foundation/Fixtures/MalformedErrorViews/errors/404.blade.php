My custom 404
<?php $foo();
