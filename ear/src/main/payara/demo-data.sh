#!/usr/bin/env bash
# Loads the demo marketplace through the partner API, so demo data goes through the
# same rules as real use: members (a verified person, a verified business, two buyers),
# listings, and trades in each state. Runs once; a second run finds the data and stops.
# Usage: demo-data.sh BASE_URL STAFF_PASSWORD
set -euo pipefail
BASE=${1:?base URL such as http://localhost:8080/api/v1}
STAFF=staff:${2:?staff password}
PW=Demo-Market-2026

api() { # method path user:password [json]
  curl -fsS -X "$1" "$BASE$2" -u "$3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}
id_of() { grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2; }

if curl -fs -o /dev/null -u "demo_seller:$PW" "$BASE/members/me"; then
  echo "[demo] demo data already present" >&2
  exit 0
fi

register() { # username phone kind [company-json]
  local body="{\"username\":\"$1\",\"password\":\"$PW\",\"email\":\"$1@demo.example\","
  body+="\"phone\":\"$2\",\"kind\":\"$3\",\"displayName\":\"$1\",\"agreementAccepted\":true"
  body+="${4:+,\"company\":$4}}"
  curl -fsS -X POST "$BASE/members" -H 'Content-Type: application/json' -d "$body" | id_of
}

seller=$(register demo_seller 13900000001 PERSON)
shop=$(register demo_shop 13900000002 BUSINESS \
  '{"name":"Harbor Trading Co.","licenseNumber":"91310000MA1FL0DEM0","address":"1 Bund Road, Shanghai"}')
register demo_buyer 13900000003 PERSON >/dev/null
register demo_buyer2 13900000004 PERSON >/dev/null

api POST /members/me/verification "demo_seller:$PW" '{"idNumber":"11010119900307425X"}' >/dev/null
api POST /members/me/verification "demo_shop:$PW" \
  '{"licenseNumber":"91310000MA1FL0DEM0","address":"Dock 3, Yangpu, Shanghai","contact":"Ms Wang 021-5555-0100"}' >/dev/null
for m in "$seller" "$shop"; do
  api POST "/members/$m/verification/decision" "$STAFF" \
    '{"approved":true,"reason":"documents match"}' >/dev/null
done

listing() { # user title section price stock
  api POST /listings "$1:$PW" "{\"title\":\"$2\",\"description\":\"$2, demo listing\",\
\"section\":\"$3\",\"price\":\"$4\",\"stock\":$5}" | id_of
}
kettle=$(listing demo_seller "Electric kettle 1.7 l" HOME 129.00 20)
novel=$(listing demo_seller "Second-hand novel collection" BOOKS 45.50 5)
drill=$(listing demo_shop "Cordless drill set" INDUSTRIAL 899.00 50)
tea=$(listing demo_shop "Longjing green tea 250 g" FOOD 168.00 100)

trade() { # buyer listing method
  api POST /trades "$1:$PW" "{\"listingId\":$2,\"quantity\":1,\"paymentMethod\":\"$3\"}" | id_of
}
trade demo_buyer "$kettle" ESCROW >/dev/null
paid=$(trade demo_buyer "$novel" BANK_TRANSFER)
api POST "/trades/$paid/payment" "demo_buyer:$PW" >/dev/null
shipped=$(trade demo_buyer2 "$drill" ESCROW)
api POST "/trades/$shipped/payment" "demo_buyer2:$PW" >/dev/null
api POST "/trades/$shipped/shipment" "demo_shop:$PW" \
  '{"carrier":"SF Express","trackingNumber":"SF1234567890"}' >/dev/null
done_trade=$(trade demo_buyer2 "$tea" CASH_ON_DELIVERY)
api POST "/trades/$done_trade/payment" "demo_buyer2:$PW" >/dev/null
api POST "/trades/$done_trade/shipment" "demo_shop:$PW" \
  '{"carrier":"ZTO","trackingNumber":"ZTO778899001"}' >/dev/null
api POST "/trades/$done_trade/receipt" "demo_buyer2:$PW" >/dev/null
cancelled=$(trade demo_buyer "$tea" ESCROW)
api POST "/trades/$cancelled/cancellation" "demo_buyer:$PW" >/dev/null
echo "[demo] demo members demo_seller, demo_shop, demo_buyer, demo_buyer2 (password $PW)" >&2
