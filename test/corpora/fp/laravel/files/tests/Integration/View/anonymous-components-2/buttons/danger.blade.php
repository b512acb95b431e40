<div class="danger-button">
    Danger button.
</div>
