    account_token: PropTypes.string.isRequired,
