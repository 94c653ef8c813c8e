// Passkeys (WebAuthn) for Leo's pages: adds a passkey to the signed-in account, or signs in with one, through
// Spring Security's JSON endpoints. The browser converts the server's options and its own answer to and from JSON
// (PublicKeyCredential.parseCreationOptionsFromJSON, parseRequestOptionsFromJSON, toJSON, WebAuthn Level 3).
// Buttons: data-passkey="add" (with data-label: the id of the input naming the passkey; data-then="sign-in" to
// sign in with it at once, or data-then="reload") and data-passkey="sign-in". A failure shows the text of the
// button's data-failed in the element named by data-problem.
(function () {
  'use strict';

  function headers() {
    var result = { 'Content-Type': 'application/json' };
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      result[header.content] = token.content;
    }
    return result;
  }

  function send(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', headers: headers(),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  function add(label) {
    return send('/webauthn/register/options').then(function (options) {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
    }).then(function (credential) {
      return send('/webauthn/register', { publicKey: { credential: credential.toJSON(), label: label } });
    }).then(function (answer) {
      if (!answer.success) {
        throw new Error('the passkey was not registered');
      }
    });
  }

  function signIn() {
    return send('/webauthn/authenticate/options').then(function (options) {
      return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    }).then(function (credential) {
      return send('/login/webauthn', credential.toJSON());
    }).then(function (answer) {
      if (!answer.authenticated) {
        throw new Error('the passkey did not sign in');
      }
      window.location.assign(answer.redirectUrl);
    });
  }

  function failed(button, error) {
    var problem = document.getElementById(button.dataset.problem);
    if (problem) {
      problem.textContent = button.dataset.failed;
      problem.hidden = false;
    }
    button.disabled = false;
    if (window.console) {
      window.console.warn('passkey: ' + error.message);
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-passkey]');
    if (!button) {
      return;
    }
    event.preventDefault();
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      failed(button, new Error('this browser has no passkeys'));
      return;
    }
    button.disabled = true;
    var done;
    if (button.dataset.passkey === 'add') {
      var label = document.getElementById(button.dataset.label);
      done = add(label && label.value.trim() ? label.value.trim() : 'passkey').then(function () {
        if (button.dataset.then === 'sign-in') {
          return signIn();
        }
        window.location.reload();
      });
    }
    else {
      done = signIn();
    }
    done.catch(function (error) {
      failed(button, error);
    });
  });
}());
