"""Writes examples/inputs.jsonl: a few hundred input objects for `rulesandbox run examples/rules
--inputs examples/inputs.jsonl`. Every line carries the globals of every example rule (each rule
reads the keys it needs), varied from the single examples in examples/inputs/ with a fixed seed.
Dev-time only: python3 tools/gen_example_inputs.py [COUNT]"""
import json, os, random, sys

root = os.path.join(os.path.dirname(__file__), '..', 'examples')
count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
rng = random.Random(20261122)

def load(name):
    with open(os.path.join(root, 'inputs', name + '.json')) as f:
        return json.load(f)

base = {}
for name in ['discount', 'fraud_score', 'loan_eligibility', 'sales_tax', 'shipping_cost', 'ticket_routing']:
    for k, v in load(name).items():
        if k in base and isinstance(v, dict):
            base[k] = {**base[k], **v}  # 'customer' is shared by two rules: one object with both sets of keys
        else:
            base[k] = v

def vary(i):
    d = json.loads(json.dumps(base))
    d['customer']['tier'] = rng.choice(['bronze', 'silver', 'gold', 'platinum'])
    d['customer']['years'] = rng.randint(0, 12)
    d['customer']['plan'] = rng.choice(['free', 'pro', 'enterprise'])
    d['customer']['open_tickets'] = rng.randint(0, 6)
    d['cart'] = [{'sku': 'SKU-%03d' % rng.randint(1, 999), 'qty': rng.randint(1, 60),
                  'unit_price': round(rng.uniform(0.5, 250), 2)} for _ in range(rng.randint(1, 5))]
    d['coupon'] = rng.choice([None, 'WELCOME5', ' spring10 ', 'BOGUS', ''])
    d['payment']['amount'] = round(rng.uniform(5, 5000), 2)
    d['payment']['card_country'] = rng.choice(['DE', 'US', 'FR', 'NG', 'DE'])
    d['payment']['ip_country'] = rng.choice(['DE', 'NL', 'US', 'DE'])
    d['applicant']['annual_income'] = rng.randint(18000, 180000)
    d['applicant']['credit_score'] = rng.randint(480, 840)
    d['applicant']['monthly_debts'] = rng.randint(0, 3000)
    d['request']['amount'] = rng.randint(1000, 80000)
    d['request']['term_months'] = rng.choice([12, 24, 36, 48, 60, 84])
    d['buyer']['country'] = rng.choice(['DE', 'FR', 'AT', 'US', 'IT'])
    d['buyer']['vat_id'] = rng.choice([None, None, 'FR12345678901'])
    d['parcel']['weight_kg'] = round(rng.uniform(0.1, 30), 1)
    d['parcel']['fragile'] = rng.random() < 0.2
    d['destination']['country'] = rng.choice(['DE', 'AT', 'FR', 'US'])
    d['order_value'] = round(rng.uniform(5, 400), 2)
    d['express'] = rng.random() < 0.3
    d['ticket']['channel'] = rng.choice(['email', 'phone', 'chat'])
    d['ticket']['subject'] = rng.choice(['Dashboard not loading', 'Invoice question', 'Password reset', 'Refund please', 'API returns 500'])
    return d

with open(os.path.join(root, 'inputs.jsonl'), 'w') as f:
    for i in range(count):
        f.write(json.dumps(vary(i), sort_keys=True) + '\n')
print('wrote', count, 'inputs')
