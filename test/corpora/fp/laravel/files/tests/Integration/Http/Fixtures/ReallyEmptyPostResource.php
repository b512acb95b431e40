<?php

namespace Illuminate\Tests\Integration\Http\Fixtures;

use Illuminate\Http\Resources\Json\JsonResource;

class ReallyEmptyPostResource extends JsonResource
{
    //
}
