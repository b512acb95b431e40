<?php

namespace Illuminate\Tests\Database\Fixtures\Resources;

use Illuminate\Http\Resources\Json\JsonResource;

class EloquentResourceTestJsonResource extends JsonResource
{
    //
}
