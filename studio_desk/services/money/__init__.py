"""Money: amounts in the studio's currency, taking payments and refunds, the day's cash-up."""
