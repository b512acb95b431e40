<?php

namespace Illuminate\Tests\Translation\Fixtures\Enums;

enum Bar: int
{
    case Thirteen = 13;
}
