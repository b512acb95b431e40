<?php

namespace Illuminate\Tests\Pagination\Fixtures\Models;

use Illuminate\Database\Eloquent\Model;

class CursorResourceTestModel extends Model
{
    //
}
