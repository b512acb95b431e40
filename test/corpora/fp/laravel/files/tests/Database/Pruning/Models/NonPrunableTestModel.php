<?php

declare(strict_types=1);

namespace Illuminate\Tests\Database\Pruning\Models;

use Illuminate\Database\Eloquent\Model;

class NonPrunableTestModel extends Model
{
    // ..
}
