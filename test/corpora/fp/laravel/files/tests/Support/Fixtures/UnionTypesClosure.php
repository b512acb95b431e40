<?php

use Illuminate\Tests\Support\AnotherExampleParameter;
use Illuminate\Tests\Support\ExampleParameter;

return function (ExampleParameter|AnotherExampleParameter $a, $b) {
    //
};
