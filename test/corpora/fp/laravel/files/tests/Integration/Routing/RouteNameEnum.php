<?php

namespace Illuminate\Tests\Integration\Routing;

enum RouteNameEnum: string
{
    case UserIndex = 'users.index';
}
