Test {{$foo}}
