<?php

namespace Illuminate\Tests\JsonSchema\Fixtures\Enums;

enum UnitEnum
{
    case One;
    case Two;
}
