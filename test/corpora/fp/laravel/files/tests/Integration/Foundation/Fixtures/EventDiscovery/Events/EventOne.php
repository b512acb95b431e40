<?php

namespace Illuminate\Tests\Integration\Foundation\Fixtures\EventDiscovery\Events;

class EventOne
{
    //
}
