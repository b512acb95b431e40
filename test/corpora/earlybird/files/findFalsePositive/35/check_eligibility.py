account_token = selected_card_account_token(accounts, selected_card)
