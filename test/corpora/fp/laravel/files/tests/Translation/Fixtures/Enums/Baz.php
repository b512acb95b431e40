<?php

namespace Illuminate\Tests\Translation\Fixtures\Enums;

enum Baz: string
{
    case February = 'February';
}
