<?php

namespace Illuminate\Tests\Database\Pruning\Models;

class SomeClass
{
}
