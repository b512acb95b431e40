<?php

namespace Illuminate\Tests\Database\Fixtures\Resources;

use Illuminate\Http\Resources\Json\JsonResource;

class EloquentResourceCollectionTestResource extends JsonResource
{
    //
}
