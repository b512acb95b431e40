<?php

namespace Illuminate\Tests\Translation\Fixtures\Enums;

enum Foo
{
    case Hosni;
}
