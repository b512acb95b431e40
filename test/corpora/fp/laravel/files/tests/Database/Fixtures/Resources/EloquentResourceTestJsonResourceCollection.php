<?php

namespace Illuminate\Tests\Database\Fixtures\Resources;

use Illuminate\Http\Resources\Json\ResourceCollection;

class EloquentResourceTestJsonResourceCollection extends ResourceCollection
{
    //
}
