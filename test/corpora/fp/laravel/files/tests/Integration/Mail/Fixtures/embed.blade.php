Embed file: {{ basename(__FILE__) }}

Embed content: {{ $message->embed(__FILE__) }}
