echo "{{ $scriptMessage }}" > output.log
