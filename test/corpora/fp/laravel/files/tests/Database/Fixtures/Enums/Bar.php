<?php

namespace Illuminate\Tests\Database\Fixtures\Enums;

enum Bar: int
{
    case FOO = 5;
}
