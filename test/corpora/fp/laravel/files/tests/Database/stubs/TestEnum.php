<?php

namespace Illuminate\Tests\Database\stubs;

enum TestEnum: string
{
    case test = 'test';
}
