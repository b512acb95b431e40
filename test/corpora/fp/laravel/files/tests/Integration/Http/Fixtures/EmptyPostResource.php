<?php

namespace Illuminate\Tests\Integration\Http\Fixtures;

class EmptyPostResource extends PostResource
{
    //
}
