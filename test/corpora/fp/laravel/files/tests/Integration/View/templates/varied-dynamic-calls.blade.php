<x-dynamic-component component="hello-span" name="Taylor" class="text-medium" />
<x-dynamic-component component="hello-span" name="Samuel" />
