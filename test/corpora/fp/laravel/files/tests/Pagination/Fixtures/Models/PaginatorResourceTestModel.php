<?php

namespace Illuminate\Tests\Pagination\Fixtures\Models;

use Illuminate\Database\Eloquent\Model;

class PaginatorResourceTestModel extends Model
{
    //
}
