<?php

namespace Illuminate\Tests\Database\Pruning\Models;

enum SomeEnum
{
    case Foo;
}
