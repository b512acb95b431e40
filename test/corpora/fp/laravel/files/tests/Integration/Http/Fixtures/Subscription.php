<?php

namespace Illuminate\Tests\Integration\Http\Fixtures;

class Subscription
{
    //
}
