<?php

namespace Illuminate\Tests\Database\Fixtures\Enums;

enum Foo: string
{
    case BAR = 'bar';
}
